import { GatedPage } from './GatedPage';

const people = [
  { name: 'Ada Lovelace', email: 'ada@example.test', role: 'Owner' },
  { name: 'Grace Hopper', email: 'grace@example.test', role: 'Admin' },
  { name: 'Alan Turing', email: 'alan@example.test', role: 'Member' },
];

export function UsersPage() {
  return (
    <GatedPage title="Users" access="account-users:r">
      <table className="demo-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.email}>
              <td>{person.name}</td>
              <td>{person.email}</td>
              <td>{person.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </GatedPage>
  );
}
