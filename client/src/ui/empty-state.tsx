import type { ReactNode } from "react";

interface EmptyStateProps {
  readonly title: string;
  readonly description?: string;
  readonly action?: ReactNode;
}

/** What a list shows when it has nothing yet: what belongs here and how to add the first one. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {description !== undefined && <p className="empty-state__description">{description}</p>}
      {action}
    </div>
  );
}
