"""The bundle's entry: the same command as the installed `trustplanner`."""

from trustplanner.commands.main import main

raise SystemExit(main())
