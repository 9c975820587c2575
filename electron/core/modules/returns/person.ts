/** A person as a return's answer names them: id and name (a StaffRef also carries the role). */
export function personOf(ref: { id: number; name: string }): { id: number; name: string };
export function personOf(ref: { id: number; name: string } | null): { id: number; name: string } | null;
export function personOf(ref: { id: number; name: string } | null) {
  return ref && { id: ref.id, name: ref.name };
}
