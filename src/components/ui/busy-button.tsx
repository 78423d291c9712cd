import type { ButtonHTMLAttributes, Ref } from 'react';

interface BusyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'disabled' | 'onClick'> {
  busy: boolean;
  onPress: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that starts something slow. While `busy` it is aria-disabled and ignores presses, but it
 * is never `disabled`: a disabled button drops the focus of whoever just pressed it.
 */
export function BusyButton({ busy, onPress, className = 'button', ...rest }: BusyButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onPress();
      }}
      {...rest}
    />
  );
}
