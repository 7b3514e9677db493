# The two commands of README: `make sample` and `make test`.
SWIFT ?= swift
DATASET ?= Inputs/hai-phong-mau

.PHONY: sample test deps build

deps:
	@scripts/install-deps.sh --interop

build: deps
	$(SWIFT) build -c release

# Set up, build and run the main job on the sample dataset; outputs land in ./out.
sample: build
	$(SWIFT) run -c release gopy run $(DATASET) --out out; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	  echo "outputs in ./out (exit $$status: 1 means the sample's deliberate data problems were found)"

# Every test: Swift unit tests, end-to-end tests that run the built binary, and the interop
# checks against openpyxl, LibreOffice and headless Chromium (installed when missing).
test:
	@scripts/install-deps.sh --interop
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-swift-testing
