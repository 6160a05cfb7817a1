from trustplanner.cli import main

raise SystemExit(main())
