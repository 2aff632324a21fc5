/**
 * Imported first by the global setup: while it loads and runs, Jest's
 * transformer leaves node_modules to plain Node (see jest-transform.js).
 */
process.env.OUVROIR_JEST_OUTSIDE_SANDBOX = '1';
