# A text adventure driven by a scripted list of commands: rooms, items,
# locked doors, an inventory, a score, and command dispatch through a dict of
# bound methods (no match statement).


class GameOver(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, portable=True):
        self.name = name
        self.description = description
        self.weight = weight
        self.portable = portable

    def __repr__(self):
        return f"Item({self.name!r})"


class Key(Item):
    def __init__(self, name, description, opens):
        super().__init__(name, description)
        self.opens = opens


class Lamp(Item):
    def __init__(self):
        super().__init__("lamp", "a brass lamp", weight=2)
        self.lit = False
        self.fuel = 4

    @property
    def description_now(self):
        state = f"lit, fuel {self.fuel}" if self.lit else "dark"
        return f"{self.description} ({state})"


class Room:
    def __init__(self, name, description, dark=False):
        self.name = name
        self.description = description
        self.dark = dark
        self.exits = {}
        self.locked = {}
        self.items = []

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        return None

    def __str__(self):
        return self.name


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down", "i": "inventory",
           "l": "look", "get": "take", "x": "examine"}


class Game:
    MAX_WEIGHT = 5

    def __init__(self):
        self.rooms = self._build_world()
        self.here = self.rooms["hall"]
        self.inventory = []
        self.score = 0
        self.moves = 0
        self.visited = {self.here.name}
        self.log = []
        self.commands = {
            "look": self.look,
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "inventory": self.show_inventory,
            "examine": self.examine,
            "light": self.light,
            "unlock": self.unlock,
            "score": self.show_score,
            "quit": self.quit,
        }
        for direction in OPPOSITE:
            self.commands[direction] = self._make_mover(direction)

    def _make_mover(self, direction):
        def move(*args):
            return self.go(direction)

        return move

    def _build_world(self):
        rooms = {
            "hall": Room("hall", "A dusty entrance hall."),
            "library": Room("library", "Shelves of crumbling books."),
            "kitchen": Room("kitchen", "Pots hang from hooks."),
            "cellar": Room("cellar", "Cold stone walls.", dark=True),
            "vault": Room("vault", "A small vault glittering with gold."),
            "attic": Room("attic", "Low rafters and cobwebs."),
        }
        rooms["hall"].connect("north", rooms["library"], "south")
        rooms["hall"].connect("east", rooms["kitchen"], "west")
        rooms["kitchen"].connect("down", rooms["cellar"], "up")
        rooms["cellar"].connect("east", rooms["vault"], "west", locked_by="iron key")
        rooms["library"].connect("up", rooms["attic"], "down")
        rooms["library"].items.append(Item("book", "a book titled 'Python in Rust'"))
        rooms["kitchen"].items.append(Lamp())
        rooms["kitchen"].items.append(Item("stove", "a huge iron stove", weight=50, portable=False))
        rooms["attic"].items.append(Key("iron key", "a heavy iron key", opens="vault"))
        rooms["attic"].items.append(Item("anvil", "an anvil", weight=4))
        rooms["vault"].items.append(Item("gold", "a bar of gold", weight=3))
        return rooms

    def say(self, text):
        self.log.append(text)
        print(f"    {text}")

    def lamp(self):
        for item in self.inventory:
            if isinstance(item, Lamp):
                return item
        return None

    def can_see(self):
        if not self.here.dark:
            return True
        lamp = self.lamp()
        return lamp is not None and lamp.lit

    def carried_weight(self):
        return sum(item.weight for item in self.inventory)

    def find_carried(self, name):
        return next((it for it in self.inventory if it.name == name), None)

    # -- commands
    def look(self, *args):
        if not self.can_see():
            self.say("It is pitch dark. You might be eaten by a grue.")
            return
        self.say(f"[{self.here.name}] {self.here.description}")
        if self.here.items:
            self.say("You see: " + ", ".join(it.name for it in self.here.items))
        exits = sorted(self.here.exits)
        locked = [d for d in exits if d in self.here.locked]
        self.say(f"Exits: {', '.join(exits)}" + (f" (locked: {', '.join(locked)})" if locked else ""))

    def go(self, direction=None, *rest):
        direction = ALIASES.get(direction, direction)
        if direction not in self.here.exits:
            self.say(f"You can't go {direction or 'nowhere'}.")
            return
        if self.here.dark and not self.can_see() and direction != "up":
            raise GameOver("You stumble in the dark and fall into a pit.")
        if direction in self.here.locked:
            self.say(f"The way {direction} is locked.")
            return
        self.here = self.here.exits[direction]
        self.moves += 1
        if self.here.name not in self.visited:
            self.visited.add(self.here.name)
            self.score += 5
        self._burn_lamp()
        self.look()

    def _burn_lamp(self):
        lamp = self.lamp()
        if lamp and lamp.lit:
            lamp.fuel -= 1
            if lamp.fuel == 0:
                lamp.lit = False
                self.say("Your lamp flickers and goes out.")

    def take(self, *words):
        name = " ".join(words)
        if not self.can_see():
            self.say("You grope around but find nothing.")
            return
        item = self.here.take(name)
        if item is None:
            self.say(f"There is no {name} here.")
        elif not item.portable:
            self.here.items.append(item)
            self.say(f"The {name} will not budge.")
        elif self.carried_weight() + item.weight > self.MAX_WEIGHT:
            self.here.items.append(item)
            self.say(f"The {name} is too heavy (carrying {self.carried_weight()}/{self.MAX_WEIGHT}).")
        else:
            self.inventory.append(item)
            if item.name == "gold":
                self.score += 50
            self.say(f"Taken: {name}.")

    def drop(self, *words):
        name = " ".join(words)
        item = self.find_carried(name)
        if item is None:
            self.say(f"You have no {name}.")
            return
        self.inventory.remove(item)
        self.here.items.append(item)
        self.say(f"Dropped: {name}.")

    def show_inventory(self, *args):
        if not self.inventory:
            self.say("You are empty-handed.")
            return
        for item in self.inventory:
            desc = item.description_now if isinstance(item, Lamp) else item.description
            self.say(f"- {item.name}: {desc} [w={item.weight}]")
        self.say(f"Total weight {self.carried_weight()}/{self.MAX_WEIGHT}")

    def examine(self, *words):
        name = " ".join(words)
        item = self.find_carried(name) or next((i for i in self.here.items if i.name == name), None)
        if item is None:
            self.say(f"You see no {name}.")
        elif isinstance(item, Key):
            self.say(f"{item.description}; it probably opens the {item.opens}.")
        else:
            self.say(getattr(item, "description_now", item.description))

    def light(self, *words):
        lamp = self.lamp()
        if lamp is None:
            self.say("You have nothing to light.")
        elif lamp.fuel == 0:
            self.say("The lamp is out of fuel.")
        else:
            lamp.lit = True
            self.say("The lamp is now lit.")

    def unlock(self, direction=None, *rest):
        direction = ALIASES.get(direction, direction)
        needed = self.here.locked.get(direction)
        if needed is None:
            self.say("There is nothing to unlock there.")
        elif self.find_carried(needed) is None:
            self.say(f"You need the {needed}.")
        else:
            del self.here.locked[direction]
            self.score += 10
            self.say(f"Unlocked the way {direction} with the {needed}.")

    def show_score(self, *args):
        self.say(f"Score {self.score} in {self.moves} moves; visited {len(self.visited)} rooms.")

    def quit(self, *args):
        raise GameOver("You quit.")

    def run(self, line):
        words = line.lower().split()
        if not words:
            self.say("Say something.")
            return
        verb, *args = words
        verb = ALIASES.get(verb, verb)
        handler = self.commands.get(verb)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(*args)


SCRIPT = [
    "look", "", "dance", "go west", "n", "take book", "take book", "u", "take anvil", "take iron key",
    "i", "drop anvil", "take iron key", "examine iron key", "d", "s", "e", "take stove", "take lamp",
    "x lamp", "drop book", "d", "look", "light", "look", "unlock e", "e", "take gold", "drop iron key", "take gold", "i", "w", "u",
    "examine lamp", "w", "score", "d", "quit", "look",
]

game = Game()
print(f"commands: {sorted(game.commands)}")
print(f"bound method owner ok: {game.commands['look'].__self__ is game}, name: {game.commands['look'].__name__}")
for step, line in enumerate(SCRIPT, 1):
    print(f"{step:>2}> {line}")
    try:
        game.run(line)
    except GameOver as e:
        print(f"*** {e} ***")
        break
print(f"final room: {game.here}, score {game.score}, moves {game.moves}")
print(f"inventory: {game.inventory}")
print(f"visited: {sorted(game.visited)}")
print(f"lines said: {len(game.log)}; longest: {max(game.log, key=len)!r}")
for name, room in game.rooms.items():
    print(f"  {name:<8} items={[i.name for i in room.items]} locked={room.locked}")

print("-- second game: walking into the dark cellar")
other = Game()
for line in ["e", "d", "e"]:
    print(f"> {line}")
    try:
        other.run(line)
    except GameOver as e:
        print(f"*** {e} ***")
