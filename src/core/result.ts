// One shape for every outcome that can fail in an expected way (a bad rule file, an unknown
// version, a bad argument): a value, or an error saying why. Exceptions stay for the unexpected.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
