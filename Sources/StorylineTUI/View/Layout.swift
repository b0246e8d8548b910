/// Where each pane goes at a given terminal size. Pure; both `update` (for page sizes and
/// scrolling) and `render` use it, so they always agree.
public struct Layout: Hashable, Sendable {
    /// Below this the browser only shows "terminal too small".
    public static let minimum = Size(width: 60, height: 15)
    /// From this width the articles list and the reader sit side by side.
    public static let splitWidth = 100
    /// From this width the leaders pane draws an ego graph.
    public static let graphWidth = 120

    public let size: Size

    public init(_ size: Size) { self.size = size }

    public var tooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }
    public var tabs: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var status: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }
    public var splitArticles: Bool { size.width >= Layout.splitWidth }
    public var showsGraph: Bool { size.width >= Layout.graphWidth }

    /// The articles list box.
    public var articleList: Rect {
        splitArticles ? Rect(x: body.x, y: body.y, width: min(64, body.width * 2 / 5), height: body.height) : body
    }

    /// The reader box when `pane` is shown, if the reader is visible there.
    public func reader(in pane: Pane) -> Rect? {
        switch pane {
        case .reader: return body
        case .articles where splitArticles:
            let l = articleList
            return Rect(x: l.maxX, y: body.y, width: body.width - l.width, height: body.height)
        default: return nil
        }
    }

    /// Rows of the timeline box taken by the histogram (and its rule) above the list.
    public static let histogramRows = 3

    /// The timeline box.
    public var timeline: Rect { body }
    /// Rows of timeline entries visible.
    public var timelineRows: Int { max(1, timeline.height - 2 - Layout.histogramRows) }

    /// The people list box of the leaders pane: above the ties table on narrow screens, with
    /// the larger share (the list is what one walks; one person's ties are usually fewer).
    public var people: Rect {
        showsGraph ? Rect(x: body.x, y: body.y, width: 44, height: body.height)
            : Rect(x: body.x, y: body.y, width: body.width, height: max(6, body.height * 3 / 5))
    }

    /// The ego graph box (wide screens only).
    public var graph: Rect? {
        guard showsGraph else { return nil }
        let p = people
        return Rect(x: p.maxX, y: body.y, width: body.width - p.width, height: body.height - ties.height)
    }

    /// The ties / interactions table box of the leaders pane.
    public var ties: Rect {
        if showsGraph {
            let h = max(7, body.height * 2 / 5)
            return Rect(x: people.maxX, y: body.maxY - h, width: body.width - people.width, height: h)
        }
        return Rect(x: body.x, y: people.maxY, width: body.width, height: body.height - people.height)
    }

    /// Visible rows inside a box.
    public static func rows(in box: Rect) -> Int { max(1, box.height - 2) }
}
