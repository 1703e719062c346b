// bottleneck/light.js is the build @octokit/plugin-throttling itself uses (no Redis clustering); it ships no types of
// its own, but has the same API as the package's main entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
