import { GatedPage } from './GatedPage';

export function ReportsPage() {
  return (
    <GatedPage title="Reports" access="reports:r">
      <ul className="demo-list">
        <li>Monthly activity — October</li>
        <li>Monthly activity — September</li>
        <li>Sign-ins by device</li>
      </ul>
    </GatedPage>
  );
}
