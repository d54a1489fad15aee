import { GatedPage } from './GatedPage';

export function PaymentMethodsPage() {
  return (
    <GatedPage title="Payment methods" access="account-payment-methods:r">
      <ul className="demo-list">
        <li>
          Visa ending in 4242 — <span className="demo-badge demo-badge-warn">expired 08/24</span>
        </li>
        <li>
          Mastercard ending in 4444 — <span className="demo-badge">valid until 11/29</span>
        </li>
      </ul>
    </GatedPage>
  );
}
