/** What is stored where. Second Source makes no network request of its own. */
export function Privacy() {
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy: what is stored where</h2>
      <p>
        <strong>Nothing leaves this device.</strong> Second Source sends no data anywhere: pages are
        read and compared inside your browser.
      </p>
      <ul class="plain">
        <li>
          <strong>Settings</strong> (this page) are kept in the browser’s extension settings
          storage. If you sign in to browser sync, your browser may copy them to your other devices;
          they hold no articles and no browsing history.
        </li>
        <li>
          <strong>Imported packs and reading history</strong> are kept in the extension’s own
          database (IndexedDB) on this device. Deleting a corpus or an article here removes it.
        </li>
        <li>
          <strong>Reports on open tabs</strong> are kept in session memory and vanish when you close
          the tab or the browser.
        </li>
        <li>
          <strong>Pages</strong> are read only when you click the toolbar button, or on the sites
          you chose for automatic annotation.
        </li>
      </ul>
    </section>
  );
}
