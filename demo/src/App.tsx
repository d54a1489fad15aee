import { createBrowserRouter, RouterProvider } from 'react-router';
import { routeTree } from './routeTree';

const router = createBrowserRouter(routeTree, {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});

export function App() {
  return <RouterProvider router={router} />;
}
