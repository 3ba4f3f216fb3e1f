import { EXAMPLE_PACK } from '../../dataset/example-pack';

/**
 * The pack format in short, with the example pack, on the options page itself: the extension
 * makes no network request, so the documentation a refused import links to must be here. The
 * full description is docs/pack-format.md in the source code (same example, kept equal by a test).
 */
export function PackFormat() {
  return (
    <section id="pack-format" aria-labelledby="pack-format-title" tabIndex={-1}>
      <h2 id="pack-format-title">The data pack format</h2>
      <p>
        A pack is a JSON object with a <code>description</code> and lists of <code>organisations</code>,{' '}
        <code>publishers</code> and <code>claims</code>, in the same format as the bundled dataset. Every statement
        cites at least one source with an http(s) link; every id is lower-case words joined by hyphens and must not be
        used by the bundled dataset or another of your packs. A pack with any problem is refused whole.
      </p>
      <p class="muted">
        The full description is the file <code>docs/pack-format.md</code> in Source Context's source code; its JSON
        Schema, for editors, is <code>src/dataset/pack.schema.json</code>.
      </p>
      <details>
        <summary>An example pack (every record and link in it is invented)</summary>
        <pre class="example">{JSON.stringify(EXAMPLE_PACK, null, 2)}</pre>
      </details>
    </section>
  );
}
