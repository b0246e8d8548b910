/// Everything that can happen to the app: a key, a new terminal size, or a signal asking
/// it to stop (Ctrl-C, SIGTERM, SIGHUP).
public enum Action: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case interrupt
}
