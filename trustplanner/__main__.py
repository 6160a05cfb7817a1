from trustplanner.commands.main import main

raise SystemExit(main())
