/**
 * A rendered page as a decoded <img>. Showing a canvas costs its first frame a copy of all its
 * pixels for the compositor on the main thread (~40–60 ms for a 1640×2200 page in a software
 * compositor); an already decoded image is drawn by the raster threads, so the turn's frame is
 * not held back. The PNG is encoded by the browser off the critical path, while the page is read.
 */
export async function decodedImageOf(canvas: HTMLCanvasElement): Promise<HTMLImageElement> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob === null) throw new Error("the rendered page could not be encoded");
  const url = URL.createObjectURL(blob);
  const image = new Image(canvas.width, canvas.height);
  image.style.width = canvas.style.width;
  image.style.height = canvas.style.height;
  image.alt = "";
  image.src = url;
  try {
    await image.decode();
  } finally {
    // The element keeps its loaded pixels; the URL was only the way in.
    URL.revokeObjectURL(url);
  }
  return image;
}
