import { AlertBanner } from 'react-session-kit';
import { Header } from './Header';
import { SignedInGate } from './SignedInGate';

export default function Home() {
  return (
    <SignedInGate returnTo="/">
      <Header />
      <main>
        <h1>Home</h1>
        <AlertBanner />
      </main>
    </SignedInGate>
  );
}
