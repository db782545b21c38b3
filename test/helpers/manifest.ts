export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface Declaration { tagName?: string; attributes?: ManifestAttribute[] }

/** Every element's attributes, from the Custom Elements Manifest (`npm run analyze`): a new attribute is covered without a new test. */
export async function attributesByTag(): Promise<[string, ManifestAttribute[]][]> {
  const manifest = await (await fetch('/custom-elements.json')).json() as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName))
    .map((d) => [d.tagName, d.attributes ?? []]);
}
