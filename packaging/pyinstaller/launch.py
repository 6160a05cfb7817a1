"""The bundle's entry: the same command as the installed `trustplanner`."""

from trustplanner.cli import main

raise SystemExit(main())
