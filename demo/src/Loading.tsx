export function Loading() {
  return (
    <p role="status" className="demo-loading">
      Loading the session…
    </p>
  );
}
