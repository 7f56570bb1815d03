from duty_desk.cli import main

raise SystemExit(main())
