export function issuerOfDocNumber(_docNumber: string): string | undefined {
  return undefined;
}
