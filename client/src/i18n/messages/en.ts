/**
 * English messages: the source of truth for message keys. Other locales are files typed
 * `Record<MessageKey, string>` registered in ../locales.ts. Placeholders use `{name}`.
 */
export const en = {
  "app.name": "Mirubato",
  "app.tagline": "Practice companion",
  "shell.skipToContent": "Skip to main content",
  "shell.mainNavigation": "Main navigation",
  "shell.homeLink": "Mirubato home",
  "shell.notAvailableYet":
    "This section is being built. Your practice data will appear here once it is ready.",
  "shell.notAvailableYetTitle": "Not available yet",

  "connectivity.label": "Connection status",
  "connectivity.online": "Online",
  "connectivity.offline": "Offline",

  "sync.label": "Sync status",
  "sync.synced": "All changes synced",
  "sync.syncedAgo": "All changes synced · {ago}",
  "sync.syncing": "Syncing…",
  "sync.pendingOne": "1 change waiting to sync",
  "sync.pendingMany": "{count} changes waiting to sync",
  "sync.offline": "Offline — changes are saved on this device",
  "sync.localOnly": "Saved on this device",
  "sync.signInToSync": "Sign in to sync",
  "sync.signedOutElsewhere": "Sync paused: you were signed out on another device. Sign in again.",
  "sync.signInAgain": "Sign in again",
  "sync.storageFull": "Storage is full: free space and reload.",
  "sync.serverError": "Sync problem: retrying. Your changes are saved on this device.",
  "sync.justNow": "just now",
  "sync.mergedLabel": "Changes merged",
  "sync.merged": "Merged changes from another device.",
  "sync.dismiss": "Close",

  "account.title": "Account",
  "account.intro":
    "Everything in Mirubato works without an account. Sign in to sync your practice between your devices; what is already on this device is kept and joins your account.",
  "account.email": "Email",
  "account.sendLink": "Email me a sign-in link",
  "account.sending": "Sending…",
  "account.checkInbox": "Check your inbox",
  "account.checkInboxDetail": "We sent a sign-in link to {email}. It works once, for 15 minutes.",
  "account.useAnotherEmail": "Use another email",
  "account.rateLimited": "Too many sign-in attempts. Wait a minute, then try again.",
  "account.invalidEmail": "Enter a valid email address.",
  "account.sendFailed": "The link could not be sent. Check your connection and try again.",
  "account.or": "or",
  "account.google": "Continue with Google",
  "account.signedInAs": "Signed in as {email}",
  "account.otherDevices":
    "Signed in on other devices? They sync through your account; signing out here does not sign them out.",
  "account.signOut": "Sign out",
  "account.signingOut": "Sending your changes…",
  "account.signOutUnsynced":
    "Some changes could not be sent to your account yet. If you sign out now, they are lost from this device.",
  "account.signOutAnyway": "Sign out anyway",
  "account.signOutFailed": "Could not sign out. Check your connection and try again.",
  "account.checking": "Checking your session…",

  "pwa.updateAvailable": "A new version of Mirubato is available.",
  "pwa.reload": "Reload",
  "pwa.dismiss": "Later",
  "pwa.offlineReady": "Ready to work offline.",
  "pwa.close": "Close",
  "pwa.updateLabel": "Update available",
  "pwa.offlineReadyLabel": "Offline ready",

  "section.today.name": "Today",
  "section.today.short": "Today",
  "section.today.description":
    "A summary of your day: time practised, today's plan, active goals and the pieces you are working on.",
  "section.practice.name": "Practice timer",
  "section.practice.short": "Practice",
  "section.practice.description":
    "Time a practice session, note what you worked on and save it to your logbook, even offline.",
  "section.logbook.name": "Logbook",
  "section.logbook.short": "Logbook",
  "section.logbook.description":
    "Every practice session, lesson and performance you record, searchable and editable.",
  "section.repertoire.name": "Repertoire",
  "section.repertoire.short": "Repertoire",
  "section.repertoire.description":
    "The pieces you play, from planned to performance-ready, with target tempos, notes and linked scores.",
  "section.goals.name": "Goals",
  "section.goals.short": "Goals",
  "section.goals.description":
    "Practice-time targets, tempo goals and piece milestones, with your progress towards each.",
  "section.reports.name": "Reports",
  "section.reports.short": "Reports",
  "section.reports.description":
    "Charts of your practice over weeks and months: streaks, time per piece and trends.",
  "section.scores.name": "Scores library",
  "section.scores.short": "Scores",
  "section.scores.description":
    "Your sheet music as PDFs and images, organised into collections and set lists, readable offline.",
  "section.dictionary.name": "Dictionary",
  "section.dictionary.short": "Dictionary",
  "section.dictionary.description":
    "Look up musical terms such as tempo markings, dynamics and articulations, in six languages.",
  "section.toolbox.name": "Toolbox",
  "section.toolbox.short": "Toolbox",
  "section.toolbox.description": "A metronome, a repetition counter and an interactive circle of fifths.",
  "section.settings.name": "Settings",
  "section.settings.short": "Settings",
  "section.settings.description": "Language, theme, your instruments, week start and daily practice goal.",
  "section.account.name": "Account",
  "section.account.short": "Account",
  "section.account.description":
    "Sign in with an email link or Google to sync your practice between devices. Mirubato works without an account.",
  "section.more.name": "More",
  "section.more.short": "More",
  "section.more.description": "Every other section of Mirubato.",

  "dictionary.termEyebrow": "Dictionary · {lang}",
  "dictionary.termDescription": "The meaning, usage and translations of “{term}” will be shown here.",
  "dictionary.backToDictionary": "Back to the dictionary",

  "notFound.title": "Page not found",
  "notFound.description": "There is no page at this address. It may have moved, or the link may be mistyped.",
  "notFound.home": "Go to Today",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
