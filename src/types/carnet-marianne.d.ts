/** Made by src/integrations/fonts.ts: the built addresses of Marianne's first-screen faces, cut to French. */
declare module 'virtual:carnet-marianne' {
  const faces: string[];
  export default faces;
}
