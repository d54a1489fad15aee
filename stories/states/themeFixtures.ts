import type { SessionChange } from 'react-session-kit/mock';

/** One extra alert of priority 2 and one of 3 for `single` (who already has a 1 and a 3). */
export const extraAlerts: readonly SessionChange[] = [
  {
    alert: {
      id: 'maintenance',
      title: 'Maintenance tonight',
      description: '',
      text: 'The app is unavailable from 2 to 3 am.',
      href: '',
      access: '*',
      priority: 2,
      timestamp: 1727348860,
    },
  },
];
