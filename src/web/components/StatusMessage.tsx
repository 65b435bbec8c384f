// The status line that announces what happened (saved, deleted, refused) and takes focus, so keyboard
// users are not lost. On a page of several sections, one message at a time belongs to the section whose
// action it reports, shown right below that section, and goes when the next action reports.
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';

interface Message {
  owner: string;
  text: string;
  isError: boolean;
}

export type ShowStatus = (text: string, isError?: boolean) => void;

function StatusLine({
  message,
  className,
  lineRef,
}: {
  message: Message | null;
  className?: string;
  lineRef: React.RefObject<HTMLDivElement | null>;
}) {
  return (
    <div role="status" ref={lineRef} tabIndex={-1} className={className}>
      {message ? (
        <div className={message.isError ? 'alert alert-error' : 'alert alert-success'}>
          <div className="alert-body">
            <p className="alert-text">{message.text}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** A status line of its own, for a page or form with one place to report. */
export function useStatusMessage(className?: string) {
  const [message, setMessage] = useState<Message | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show: ShowStatus = (text, isError = false) => {
    setMessage({ owner: '', text, isError });
    requestAnimationFrame(() => ref.current?.focus());
  };
  const clear = () => setMessage(null);
  const element = <StatusLine message={message} className={className} lineRef={ref} />;
  return { show, clear, element };
}

const ScopeContext = createContext<{
  message: Message | null;
  setMessage: (message: Message | null) => void;
} | null>(null);

/** The sections inside share one message: a new one replaces the last, wherever it stood. */
export function StatusScope({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  return <ScopeContext.Provider value={{ message, setMessage }}>{children}</ScopeContext.Provider>;
}

/** The status line of one section in a StatusScope (or of its own outside one). */
export function useSectionStatus(owner: string, className?: string) {
  const scope = useContext(ScopeContext);
  const own = useStatusMessage(className);
  const ref = useRef<HTMLDivElement>(null);
  if (!scope) return own;
  const show: ShowStatus = (text, isError = false) => {
    scope.setMessage({ owner, text, isError });
    requestAnimationFrame(() => ref.current?.focus());
  };
  const clear = () => scope.setMessage(null);
  const mine = scope.message?.owner === owner ? scope.message : null;
  return { show, clear, element: <StatusLine message={mine} className={className} lineRef={ref} /> };
}

/** A section with its status line right below it; `children` gets the function that reports to it. */
export function WithSectionStatus({
  owner,
  children,
}: {
  owner: string;
  children: (show: ShowStatus) => ReactNode;
}) {
  const status = useSectionStatus(owner);
  return (
    <>
      {children(status.show)}
      {status.element}
    </>
  );
}

/** A success message announced once after a change, where the form shows it itself. */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{children}</p>
      </div>
    </div>
  );
}
