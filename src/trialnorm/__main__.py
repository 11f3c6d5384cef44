import sys

from trialnorm.cli import main

sys.exit(main())
