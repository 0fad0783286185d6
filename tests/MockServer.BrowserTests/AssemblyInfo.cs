// One Chromium for the whole run and mocks started one at a time: two shared cores, and one test swaps PATH
// while a mock starts (VideoPlaybackTests), which must not race another mock's start.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
