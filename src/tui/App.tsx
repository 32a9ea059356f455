import { useEffect, useRef, useState } from 'react';
import { Box, Text, useApp } from 'ink';
import type { Backend, ReviewSession } from './backend.js';
import type { ScreenName } from './key-map.js';
import { ColorContext, useTone } from './theme.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { HomeScreen, type HomeChoice } from './screens/HomeScreen.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { StatsScreen } from './screens/StatsScreen.js';
import { useColumns } from './hooks/use-columns.js';
import { useRows } from './hooks/use-rows.js';
import { KeysProvider, useKeys } from './hooks/use-keys.js';
import { describeError } from './describe-error.js';
import { ProblemView } from './screens/ErrorScreen.js';

/** What the app opens on. */
export type StartAt = { at: 'home' } | { at: 'review'; deck?: string; limit?: number } | { at: 'stats' };

export interface AppProps {
  /** A backend, or how to open one: opened after the first frame, so the screen appears at once. */
  backend: Backend | (() => Backend | Promise<Backend>);
  start?: StartAt;
  color?: boolean;
  /** Fixed width for tests; otherwise the terminal's, following resizes. */
  columns?: number;
  /** Fixed height for tests; otherwise the terminal's (the feedback folds to fit). */
  rows?: number;
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
      <KeysProvider>
        <Loader {...props} />
      </KeysProvider>
    </ColorContext.Provider>
  );
}

type Loaded = { backend: Backend; first: Screen } | { problem: string };

/** Opens the backend (and the first screen) after the first frame; shows any problem in words. */
function Loader(props: AppProps) {
  const { backend: source, start = { at: 'home' } } = props;
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => (typeof source === 'function' ? undefined : settle(source, start)));
  useEffect(() => {
    if (typeof source !== 'function') return;
    let live = true;
    // After this frame is on screen: loading decks and opening the store take a while.
    const timer = setTimeout(() => {
      void open(source).then((result) => {
        if (live) setLoaded('problem' in result ? result : settle(result.backend, start));
        else if ('backend' in result) result.backend.close();
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => () => void (loaded && 'backend' in loaded && loaded.backend.close()), [loaded]);
  const { exit } = useApp();
  useKeys((input, key) => void (!(loaded && 'backend' in loaded) && key.ctrl && input === 'c' && exit()));
  if (!loaded) {
    return (
      <Box flexDirection="column">
        <Text bold>drillbit — drills that grade what you type</Text>
        <Text dimColor>Loading…</Text>
      </Box>
    );
  }
  if ('problem' in loaded) return <ProblemView message={loaded.problem} />;
  return <Screens {...props} backend={loaded.backend} first={loaded.first} />;
}

async function open(source: () => Backend | Promise<Backend>): Promise<{ backend: Backend } | { problem: string }> {
  try {
    return { backend: await source() };
  } catch (error) {
    return { problem: describeError(error) };
  }
}

function settle(backend: Backend, start: StartAt): Loaded {
  try {
    return { backend, first: firstScreen(backend, start) };
  } catch (error) {
    backend.close();
    return { problem: describeError(error) };
  }
}

function firstScreen(backend: Backend, to: StartAt): Screen {
  if (to.at === 'home') return { at: 'home' };
  if (to.at === 'stats') return { at: 'stats', fromHome: false };
  return { at: 'review', session: backend.startReview({ deck: to.deck, limit: to.limit }), fromHome: false };
}

function Screens({ backend, first, columns, rows, now = Date.now, tick = true, onDrill }: AppProps & { backend: Backend; first: Screen }) {
  const { exit } = useApp();
  const tone = useTone();
  const width = Math.max(20, useColumns(columns));
  const height = useRows(rows);
  const draft = useRef('');
  const graded = useRef(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [help, setHelp] = useState<ScreenName | undefined>();
  const [confirmQuit, setConfirmQuit] = useState<false | 'typed' | 'graded'>(false);
  const [screen, setScreen] = useState<Screen>(first);
  const back = (fromHome: boolean): void => (fromHome ? setScreen({ at: 'home' }) : exit());
  const choose = (choice: HomeChoice): void => {
    setNotice(undefined);
    try {
      if (choice.to === 'quit') exit();
      else if (choice.to === 'stats') setScreen({ at: 'stats', fromHome: true });
      else if (choice.to === 'drill') {
        // The drill runs as its own screen once home has closed (and released the store).
        if (!onDrill) setNotice(`Run this drill with: drillbit drill ${choice.id}`);
        else {
          onDrill(choice.id);
          exit();
        }
      }
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
      if (draft.current.trim()) setConfirmQuit('typed');
      else if (graded.current && screen.at === 'review') setConfirmQuit('graded');
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
        rows={height}
        now={now}
        tick={tick}
        draftRef={draft}
        gradedRef={graded}
        active={active}
        onHelp={setHelp}
        onExit={() => back(screen.fromHome)}
      />
    );
  } else if (screen.at === 'stats') {
    body = <StatsScreen stats={backend.stats()} width={width} active={active} onHelp={() => setHelp('stats')} onBack={() => back(screen.fromHome)} />;
  } else {
    const data = backend.home();
    const notices = [...(data.notices ?? []), ...(notice ? [notice] : [])].join('\n') || undefined;
    body = <HomeScreen data={data} width={width} active={active} notice={notices} onHelp={() => setHelp('home')} onChoose={choose} />;
  }
  return (
    <Box flexDirection="column" width={width}>
      {help ? <HelpOverlay screen={help} width={width} onClose={() => setHelp(undefined)} /> : null}
      {/* Hidden, not unmounted, under the overlay: closing help returns to exactly the same state. */}
      <Box display={help ? 'none' : 'flex'} flexDirection="column" width={width}>
        {body}
      </Box>
      {confirmQuit ? (
        <Text color={tone('warn')} wrap="wrap">
          {confirmQuit === 'typed' ? 'Quit and drop the answer you typed? y quit · n keep typing' : 'Quit without saving the graded answer? y quit · n back to it'}
        </Text>
      ) : null}
    </Box>
  );
}
