/** Module types Vite resolves for the app: CSS imported for its side effect. */
declare module '*.css';
