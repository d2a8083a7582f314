# SPDX-License-Identifier: GPL-2.0-or-later
# The README's two commands (`make run`, `make test`) and helpers.
BUILD_DIR := build
CMAKE_PRESET := default

.PHONY: all deps configure build run test bench screenshots translations format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake --preset $(CMAKE_PRESET)

build: configure
	@cmake --build --preset $(CMAKE_PRESET)

run: build
	@BUILD_DIR=$(BUILD_DIR) scripts/run.sh $(ARGS)

test: build
	@ctest --preset $(CMAKE_PRESET) $(CTEST_ARGS)

bench: build
	@$(BUILD_DIR)/tests/bench/vd_bench

screenshots: build
	@scripts/screenshots.sh

translations: configure
	@cmake --build $(BUILD_DIR) --target translations-update

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR)
