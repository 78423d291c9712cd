// The stylesheet belongs to the entry, so index.html links it and the static shell paints styled.
import './styles.css';

// The static shell in index.html paints first; the app's code (preloaded meanwhile) runs a frame later.
const start = () => void import('./main');

if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
