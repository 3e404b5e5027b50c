import { type ReactNode, useId } from 'react';

/**
 * A titled part of the dashboard: a chart beside the table with its values, or (`stacked`, for wide tables)
 * the chart above the table.
 */
export function DashboardSection({
  title,
  children,
  stacked,
}: {
  title: string;
  children: ReactNode;
  stacked?: boolean;
}) {
  const id = useId();
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className={stacked ? 'dashboard-stack' : 'dashboard-pair'}>{children}</div>
    </section>
  );
}
