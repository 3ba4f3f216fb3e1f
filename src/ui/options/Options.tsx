import { useEffect, useState } from 'preact/hooks';
import { ImportPacks } from './ImportPacks';
import { PackFormat } from './PackFormat';

/** About the extension and its data, and the user's own data packs. */
export function Options() {
  const [version, setVersion] = useState('');
  useEffect(() => {
    setVersion(chrome.runtime.getManifest().version);
  }, []);
  return (
    <main>
      <h1>Source Context {version}</h1>
      <p>
        Source Context highlights organisations and known claims in the news you read and shows, for each, its stated
        affiliations with the source of every statement, and other outlets' reporting that contradicts, corrects or adds
        context. Everything comes from a dataset inside the extension: it makes no network requests and nothing you
        read leaves your browser.
      </p>
      <h2>Where the data comes from</h2>
      <ul>
        <li>
          Hand-curated records: each statement cites the page it comes from, with its outlet and date, in our own words.
        </li>
        <li>
          State Media Matrix (MIT), seed data by State Media Monitor (Media and Journalism Research Center): state and
          public media, with the typology explained in plain words.
        </li>
        <li>
          “Médias français : qui possède quoi ?” by Le Monde diplomatique (ODC-By 1.0): who owns French media.
        </li>
      </ul>
      <ImportPacks />
      <PackFormat />
    </main>
  );
}
