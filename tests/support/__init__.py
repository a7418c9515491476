"""What the tests share and are not tests themselves: a loopback HTTP server, the CLI run in a subprocess."""
