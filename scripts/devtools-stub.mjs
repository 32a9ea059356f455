// Stand-in for react-devtools-core in the TUI bundle (see build-tui.mjs).
export default { initialize() {}, connectToDevTools() {} };
