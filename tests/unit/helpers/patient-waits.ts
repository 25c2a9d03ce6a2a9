import { configure } from '@testing-library/preact';

// Tests wait on state, never on a clock: findBy… and waitFor poll until what they wait for is there. Their default
// gives up after one second, which a busy 2-core CI machine can pass while a passphrase is still being stretched
// (a full backup, a school key) — so they poll for up to 20 s; a test that waits for something that never comes
// still fails, only later.
configure({ asyncUtilTimeout: 20_000 });
