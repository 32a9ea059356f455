import { useRef, useState } from 'react';
import { Box, Text, useApp } from 'ink';
import type { Backend, ReviewSession } from './backend.js';
import type { ScreenName } from './key-map.js';
import { ColorContext, useTone } from './theme.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { HomeScreen, type HomeChoice } from './screens/HomeScreen.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { StatsScreen } from './screens/StatsScreen.js';
import { useColumns } from './hooks/use-columns.js';
import { useKeys } from './hooks/use-keys.js';
import { describeError } from './describe-error.js';

/** What the app opens on. */
export type StartAt = { at: 'home' } | { at: 'review'; deck?: string; limit?: number } | { at: 'stats' };

export interface AppProps {
  backend: Backend;
  start?: StartAt;
  color?: boolean;
  /** Fixed width for tests; otherwise the terminal's, following resizes. */
  columns?: number;
  now?: () => number;
  /** False in tests: no ticking clock. */
  tick?: boolean;
  /** Called with a drill id when one is chosen on home (drill screens are separate). */
  onDrill?: (id: string) => void;
}

type Screen = { at: 'home' } | { at: 'review'; session: ReviewSession; fromHome: boolean } | { at: 'stats'; fromHome: boolean };

/** The full-screen app: home, review and stats, the `?` overlay and Ctrl-C. */
export function App(props: AppProps) {
  return (
    <ColorContext.Provider value={props.color !== false}>
      <Screens {...props} />
    </ColorContext.Provider>
  );
}

function Screens({ backend, start = { at: 'home' }, columns, now = Date.now, tick = true, onDrill }: AppProps) {
  const { exit } = useApp();
  const tone = useTone();
  const width = Math.max(20, useColumns(columns));
  const draft = useRef('');
  const [notice, setNotice] = useState<string | undefined>();
  const [help, setHelp] = useState<ScreenName | undefined>();
  const [confirmQuit, setConfirmQuit] = useState(false);
  const [screen, setScreen] = useState<Screen>(() => open(start));

  function open(to: StartAt): Screen {
    if (to.at === 'home') return { at: 'home' };
    if (to.at === 'stats') return { at: 'stats', fromHome: false };
    return { at: 'review', session: backend.startReview({ deck: to.deck, limit: to.limit }), fromHome: false };
  }
  const back = (fromHome: boolean): void => (fromHome ? setScreen({ at: 'home' }) : exit());
  const choose = (choice: HomeChoice): void => {
    setNotice(undefined);
    try {
      if (choice.to === 'quit') exit();
      else if (choice.to === 'stats') setScreen({ at: 'stats', fromHome: true });
      else if (choice.to === 'drill') onDrill ? onDrill(choice.id) : setNotice('Run this drill with: drillbit drill ' + choice.id);
      else setScreen({ at: 'review', session: backend.startReview({ deck: choice.id || undefined }), fromHome: true });
    } catch (error) {
      setNotice(describeError(error));
    }
  };

  useKeys((input, key) => {
    if (confirmQuit) {
      if (input === 'y') exit();
      else if (input === 'n' || key.escape || key.return) setConfirmQuit(false);
      return;
    }
    if (key.ctrl && input === 'c') {
      if (draft.current.trim()) setConfirmQuit(true);
      else exit();
    }
  });

  const active = !help && !confirmQuit;
  let body;
  if (screen.at === 'review') {
    body = (
      <ReviewScreen
        session={screen.session}
        width={width}
        now={now}
        tick={tick}
        draftRef={draft}
        active={active}
        onHelp={setHelp}
        onExit={() => back(screen.fromHome)}
      />
    );
  } else if (screen.at === 'stats') {
    body = <StatsScreen stats={backend.stats()} width={width} active={active} onHelp={() => setHelp('stats')} onBack={() => back(screen.fromHome)} />;
  } else {
    body = <HomeScreen data={backend.home()} width={width} active={active} notice={notice} onHelp={() => setHelp('home')} onChoose={choose} />;
  }
  return (
    <Box flexDirection="column" width={width}>
      {help ? <HelpOverlay screen={help} width={width} onClose={() => setHelp(undefined)} /> : body}
      {confirmQuit ? (
        <Text color={tone('warn')} wrap="wrap">
          Quit and drop the answer you typed? y quit · n keep typing
        </Text>
      ) : null}
    </Box>
  );
}
