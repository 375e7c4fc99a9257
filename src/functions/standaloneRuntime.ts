// Outside Excel (the task pane in a plain browser, tests) there is no custom-functions runtime.
// This stand-in lets the functions bundle load there and keeps what it registers by id, so the
// same entry point Excel calls can be called in the browser too. Inside Excel it does nothing.
type Registered = (...args: never[]) => unknown;

export const standaloneRegistry = new Map<string, Registered>();

class StandaloneError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === 'undefined') {
  scope.CustomFunctions = {
    associate: (id: string, fn: Registered) => void standaloneRegistry.set(id, fn),
    Error: StandaloneError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
}
