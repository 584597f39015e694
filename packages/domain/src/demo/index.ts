export { DEMO_DEVICE_ID } from "./demo-stamping";
export { type DemoLibrary, type DemoLibraryOptions, generateDemoLibrary } from "./generate-demo-library";
