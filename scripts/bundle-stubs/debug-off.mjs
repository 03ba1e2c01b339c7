// Stands in for the `debug` package in our bundles. velocityjs (the Velocity
// template checks) logs through `debug`, which loads tty, util, os and
// supports-color when imported: about 20 ms of every CLI start, for output
// that only DEBUG=velocity would show, about velocity's own internals.
export default function createDebug() {
  const log = () => {};
  log.enabled = false;
  log.extend = createDebug;
  return log;
}
