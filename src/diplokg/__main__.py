from diplokg.cli import main

main()
