// Every move inside the app replaces the current history entry instead of adding one, so the quick
// exit (which replaces that one entry) leaves no page of Aliadas behind the back button.
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

export function useGo(): (path: string) => void {
  const navigate = useNavigate();
  return useCallback((path: string) => void navigate(path, { replace: true }), [navigate]);
}
