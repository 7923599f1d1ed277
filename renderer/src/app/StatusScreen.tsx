import type { ReactNode } from 'react';
import { AuthLayout } from '../ui/AuthLayout';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';

interface Props {
  title: string;
  message?: string;
  children?: ReactNode;
  onRetry?: () => void;
}

/** Opening, or a message saying why Hearth cannot go on (e.g. browser mode opened without its token). */
export function StatusScreen({ title, message, children, onRetry }: Props) {
  return (
    <AuthLayout>
      <Heading>{title}</Heading>
      {message && <p role="alert">{message}</p>}
      {children && <p role="status">{children}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </AuthLayout>
  );
}
