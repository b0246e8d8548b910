# Storyline — build, run, test, install, benchmark.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/storyline
DEBUG_BIN := .build/debug/storyline
SHARED ?= ../shared

.PHONY: all run build release test unit e2e install uninstall bench check-deps check-test-deps clean

all: build

# Names the Debian package that is missing instead of failing with a compiler error.
check-deps:
	@missing=""; \
	command -v $(SWIFT) >/dev/null 2>&1 || { echo "swift not found on PATH (Swift 6 toolchain needed)"; exit 1; }; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	{ test -f /usr/include/ncursesw/curses.h || pkg-config --exists ncursesw 2>/dev/null; } || missing="$$missing libncurses-dev"; \
	{ test -f /usr/include/sqlite3.h || pkg-config --exists sqlite3 2>/dev/null; } || missing="$$missing libsqlite3-dev"; \
	{ test -e /usr/lib/$$(uname -m)-linux-gnu/libzstd.so.1 || test -e /usr/lib/libzstd.so.1; } || missing="$$missing libzstd1"; \
	if [ -n "$$missing" ]; then echo "missing Debian packages:$$missing"; echo "install them with: sudo apt-get install$$missing"; exit 1; fi

check-test-deps: check-deps
	@command -v tmux >/dev/null 2>&1 || { echo "missing Debian package: tmux"; echo "install it with: sudo apt-get install tmux"; exit 1; }
	@command -v python3 >/dev/null 2>&1 || { echo "missing Debian package: python3"; echo "install it with: sudo apt-get install python3"; exit 1; }

build: check-deps
	$(SWIFT) build

release: check-deps
	$(SWIFT) build -c release

# Builds (release) if needed, then browses the bundled seeds.
run: release
	$(RELEASE_BIN)

# Unit tests (swift test) plus end-to-end tests of the real binary in tmux.
test: check-test-deps unit e2e

unit:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

e2e: build
	@set -e; for t in Tests/e2e/*.sh; do echo "== $$t"; STORYLINE_BIN=$(DEBUG_BIN) bash "$$t"; done

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/storyline/seeds
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/storyline
	install -m 644 seeds/* $(DESTDIR)$(PREFIX)/share/storyline/seeds/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/storyline
	rm -rf $(DESTDIR)$(PREFIX)/share/storyline

# Benchmark (not a test): generated corpora of 10,000 and 100,000 articles, Tantivy side by side.
# BENCH_SIZES="10000" make bench for a quicker run.
BENCH_SIZES ?= 10000 100000
bench: check-deps
	$(SWIFT) build -c release --product storyline-bench
	SHARED=$(SHARED) bash bench/run.sh $(BENCH_SIZES)

clean:
	rm -rf .build
