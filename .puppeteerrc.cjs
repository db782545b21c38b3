// Browsers come from the system (see scripts/find-browsers.mjs); never download one.
module.exports = { skipDownload: true };
