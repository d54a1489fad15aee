import { mockUsers, type MockMembership, type MockUser } from 'react-session-kit/mock';

const template = mockUsers.multi;

function templateMembership(): MockMembership {
  const [membership] = template.memberships;
  if (!membership) throw new Error('mockUsers.multi has no memberships');
  return membership;
}

/**
 * A mock user (password `password`) who belongs to one account per title, the first one used
 * last. For account-choice stories: `parameters.mockApi.backend.users`.
 */
export function userWithAccounts(username: string, titles: readonly string[]): MockUser {
  const membership = templateMembership();
  const memberships = titles.map((title, index): MockMembership => {
    const id = `acc_${String(2000000001 + index)}`;
    return { ...membership, account: { ...membership.account, id, title } };
  });
  return {
    ...template,
    username,
    profile: { ...template.profile, id: `usr_${username}`, name: `${username} user` },
    memberships,
    lastLoginAccountId: memberships[0]?.account.id ?? '',
  };
}

export const twoAccounts = userWithAccounts('two', ['Acme Corp', 'Globex']);

export const manyAccounts = userWithAccounts('many', [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Supplies',
  'Hooli',
  'Soylent',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka Industries',
  'Cyberdyne Systems',
  'Tyrell Corporation',
  'Oscorp',
  'Vandelay Industries',
  'Pied Piper',
  'Dunder Mifflin',
]);

export const longNames = userWithAccounts('long', [
  'Initech Research & Development Division, Northern Region',
  'Die Allgemeine Versicherungs- und Rückversicherungsgesellschaft Niederrhein-Westfalen mbH',
  'AVeryLongAccountNameWithoutAnySpacesThatCannotWrapAnywhereAtAllInTheSelectBox',
  'شركة الخليج للتجارة والمقاولات العامة المحدودة',
]);
