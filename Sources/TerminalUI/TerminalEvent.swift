import CNcursesW
import DashboardUI
import Glibc
import Synchronization

public enum TerminalEvent: Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}
